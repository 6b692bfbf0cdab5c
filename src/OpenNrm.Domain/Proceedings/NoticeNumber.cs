namespace OpenNrm.Domain.Proceedings;

/// <summary>
/// The prosecutor's notice number ("notice de parquet", "notitienummer"), for example "BR.12.L1.012345/24". Offices
/// have written it in several ways over the years, so only its shape is checked: 6 to 30 letters, digits, dots,
/// slashes and hyphens. Letters are kept in upper case so the same notice always compares equal.
/// </summary>
public sealed record NoticeNumber
{
    public const int MinLength = 6;
    public const int MaxLength = 30;

    private NoticeNumber(string value) => Value = value;

    public string Value { get; }

    public static RegisterOutcome<NoticeNumber> Parse(string? text)
    {
        var value = (text ?? "").Trim().ToUpperInvariant();
        if (value.Length is < MinLength or > MaxLength)
        {
            return Malformed($"A notice number has {MinLength} to {MaxLength} characters; \"{value}\" has {value.Length}");
        }

        if (value.Where(c => !IsAllowed(c)).Select(c => (char?)c).FirstOrDefault() is { } bad)
        {
            return Malformed($"A notice number holds only letters, digits, dots, slashes and hyphens; \"{value}\" holds '{bad}'");
        }

        return new(new NoticeNumber(value), []);
    }

    public override string ToString() => Value;

    private static bool IsAllowed(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '/' or '-';

    private static RegisterOutcome<NoticeNumber> Malformed(string explanation) =>
        new(null, [new(ProceedingsRefusalCode.NoticeNumberMalformed, explanation, ProceedingsArticles.NoticeRegister)]);
}
