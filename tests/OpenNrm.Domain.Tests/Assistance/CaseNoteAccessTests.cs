using OpenNrm.Domain.Access;
using OpenNrm.Domain.Assistance;

namespace OpenNrm.Domain.Tests.Assistance;

public sealed class CaseNoteAccessTests
{
    public static TheoryData<Role, NoteRead, NoteSensitivity[]> Reads
    {
        get
        {
            var data = new TheoryData<Role, NoteRead, NoteSensitivity[]>();
            foreach (var role in Enum.GetValues<Role>())
            {
                var care = role is Role.CentreCaseworker or Role.CentreCoordinator;
                // A general read never returns a care note, whoever reads.
                data.Add(role, NoteRead.General, [NoteSensitivity.General]);
                data.Add(role, NoteRead.Care, care ? [NoteSensitivity.Care] : []);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Reads))]
    public void Each_read_returns_only_its_own_sensitivity_and_care_only_to_care_roles(Role role, NoteRead read, NoteSensitivity[] expected) =>
        Assert.Equal(expected, CaseNoteAccess.Returned(read, [role]));

    [Fact]
    public void One_care_role_among_several_is_enough_and_no_role_is_none()
    {
        Assert.True(CaseNoteAccess.HasCareAccess([Role.FrontlineOfficer, Role.CentreCoordinator]));
        Assert.False(CaseNoteAccess.HasCareAccess([]));
        Assert.Empty(CaseNoteAccess.Returned(NoteRead.Care, []));
    }

    [Theory]
    [InlineData(Role.CentreCaseworker, NoteSensitivity.Care, true)]
    [InlineData(Role.CentreCoordinator, NoteSensitivity.Care, true)]
    [InlineData(Role.FrontlineOfficer, NoteSensitivity.Care, false)]
    [InlineData(Role.Prosecutor, NoteSensitivity.Care, false)]
    [InlineData(Role.FrontlineOfficer, NoteSensitivity.General, true)]
    public void Only_those_who_may_read_care_notes_write_them(Role role, NoteSensitivity sensitivity, bool allowed) =>
        Assert.Equal(allowed, CaseNoteAccess.MayWrite(sensitivity, [role]));

    [Fact]
    public void The_care_rule_cites_secrecy_and_health_data()
    {
        Assert.Contains("GDPR art. 9", AssistanceArticles.CareNotes.Citation, StringComparison.Ordinal);
        Assert.Contains("Criminal Code art. 458", AssistanceArticles.CareNotes.Citation, StringComparison.Ordinal);
    }
}
