namespace OpenNrm.Tests.Infrastructure;
using OpenNrm.Tests;

// Each behaviour test class is abstract and runs twice, once per provider, through these pairs.
// A new test class adds its pair here so that nothing is tested on one database only.
public sealed class ApiAccessOnSqlite(SqliteApp app) : ApiAccessTests(app), IClassFixture<SqliteApp>;
public sealed class ApiAccessOnPostgres(PostgresApp app) : ApiAccessTests(app), IClassFixture<PostgresApp>;
public sealed class AuthorizationMatrixOnSqlite(SqliteApp app) : AuthorizationMatrixTests(app), IClassFixture<SqliteApp>;
public sealed class AuthorizationMatrixOnPostgres(PostgresApp app) : AuthorizationMatrixTests(app), IClassFixture<PostgresApp>;
public sealed class AuditChainOnSqlite(SqliteApp app) : AuditChainTests(app), IClassFixture<SqliteApp>;
public sealed class AuditChainOnPostgres(PostgresApp app) : AuditChainTests(app), IClassFixture<PostgresApp>;
public sealed class BadInputOnSqlite(SqliteApp app) : BadInputTests(app), IClassFixture<SqliteApp>;
public sealed class BadInputOnPostgres(PostgresApp app) : BadInputTests(app), IClassFixture<PostgresApp>;
public sealed class SignInOnSqlite(SqliteApp app) : SignInTests(app), IClassFixture<SqliteApp>;
public sealed class SignInOnPostgres(PostgresApp app) : SignInTests(app), IClassFixture<PostgresApp>;
public sealed class HostOnSqlite(SqliteApp app) : HostTests(app), IClassFixture<SqliteApp>;
public sealed class HostOnPostgres(PostgresApp app) : HostTests(app), IClassFixture<PostgresApp>;
public sealed class OrganisationsOnSqlite(SqliteApp app) : OrganisationsTests(app), IClassFixture<SqliteApp>;
public sealed class OrganisationsOnPostgres(PostgresApp app) : OrganisationsTests(app), IClassFixture<PostgresApp>;
public sealed class ResidenceProcedureOnSqlite(SqliteApp app) : ResidenceProcedureTests(app), IClassFixture<SqliteApp>;
public sealed class ResidenceProcedureOnPostgres(PostgresApp app) : ResidenceProcedureTests(app), IClassFixture<PostgresApp>;
public sealed class DetectionOnSqlite(SqliteApp app) : DetectionTests(app), IClassFixture<SqliteApp>;
public sealed class DetectionOnPostgres(PostgresApp app) : DetectionTests(app), IClassFixture<PostgresApp>;
public sealed class SignalsOnSqlite(SqliteApp app) : SignalTests(app), IClassFixture<SqliteApp>;
public sealed class SignalsOnPostgres(PostgresApp app) : SignalTests(app), IClassFixture<PostgresApp>;
public sealed class DeadlinesOnSqlite(SqliteApp app) : DeadlineTests(app), IClassFixture<SqliteApp>;
public sealed class DeadlinesOnPostgres(PostgresApp app) : DeadlineTests(app), IClassFixture<PostgresApp>;
public sealed class ReferralsOnSqlite(SqliteApp app) : ReferralTests(app), IClassFixture<SqliteApp>;
public sealed class ReferralsOnPostgres(PostgresApp app) : ReferralTests(app), IClassFixture<PostgresApp>;
public sealed class LeafletOnSqlite(SqliteApp app) : LeafletTests(app), IClassFixture<SqliteApp>;
public sealed class LeafletOnPostgres(PostgresApp app) : LeafletTests(app), IClassFixture<PostgresApp>;
public sealed class StatisticsOnSqlite(SqliteApp app) : StatisticsTests(app), IClassFixture<SqliteApp>;
public sealed class StatisticsOnPostgres(PostgresApp app) : StatisticsTests(app), IClassFixture<PostgresApp>;
