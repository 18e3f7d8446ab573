using CapRural.BuildingBlocks.Outbox;
using CapRural.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using CapRural.Registration.Infrastructure.PostgreSql;

namespace CapRural.Registration.Infrastructure;

/// <summary>Lets <c>dotnet ef migrations add</c> build the context without the host.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<RegistrationDbContext>
{
    public RegistrationDbContext CreateDbContext(string[] args) => new(
        new DbContextOptionsBuilder<RegistrationDbContext>().UseSqlite("Data Source=registration.db").Options);
}

/// <summary>The same for PostgreSQL's migrations: <c>dotnet ef migrations add … --context RegistrationPostgreSqlDbContext</c>.</summary>
internal sealed class RegistrationPostgreSqlDesignTimeFactory : IDesignTimeDbContextFactory<RegistrationPostgreSqlDbContext>
{
    public RegistrationPostgreSqlDbContext CreateDbContext(string[] args) => new(
        PostgreSqlDesignTime.Options<RegistrationPostgreSqlDbContext>("registration"));
}
