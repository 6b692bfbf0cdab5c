namespace OpenNrm.Web.Features.Access;

/// <summary>
/// A bearer token for scripts and other systems. Only its SHA-256 is stored: the secret is shown once at
/// creation. A token acts with exactly its user's rights and stops working when the user is disabled.
/// </summary>
public sealed class ApiToken
{
    private ApiToken()
    {
        Name = TokenHash = string.Empty;
    }

    public ApiToken(Guid id, Guid userId, string name, string tokenHash, DateTimeOffset createdAt, DateTimeOffset expiresAt)
    {
        Id = id;
        UserId = userId;
        Name = name;
        TokenHash = tokenHash;
        CreatedAt = createdAt;
        ExpiresAt = expiresAt;
    }

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    public string Name { get; private set; }

    public string TokenHash { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public bool IsValidAt(DateTimeOffset now) => RevokedAt is null && now < ExpiresAt;

    public void Revoke(DateTimeOffset at) => RevokedAt ??= at;
}
