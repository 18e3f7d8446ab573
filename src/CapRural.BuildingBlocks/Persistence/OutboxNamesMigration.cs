using Microsoft.EntityFrameworkCore.Migrations;

namespace CapRural.BuildingBlocks.Persistence;

/// <summary>
/// Moves an existing SQLite outbox from CLR type names to stable message names and subjects, so rows
/// written before the change are still delivered, in order, and erased with their subject.
/// </summary>
public static class OutboxNamesMigration
{
    /// <summary>An event as older rows stored it: its CLR full name, its stable name, the JSON property holding its subject.</summary>
    public sealed record StoredEvent(string ClrName, string Name, string SubjectProperty);

    public static void Up(MigrationBuilder migrationBuilder, params StoredEvent[] events)
    {
        migrationBuilder.RenameColumn(name: "Type", table: "outbox", newName: "Name");
        migrationBuilder.AddColumn<Guid>(name: "SubjectId", table: "outbox", type: "TEXT", nullable: true);
        migrationBuilder.AddColumn<string>(name: "TraceId", table: "outbox", type: "TEXT", maxLength: 32, nullable: true);
        migrationBuilder.AddColumn<long>(name: "Sequence", table: "outbox", type: "INTEGER", nullable: false, defaultValue: 0L);
        migrationBuilder.Sql("UPDATE outbox SET Name = 'email.v1' WHERE Name = 'EmailMessage';");
        foreach (var stored in events)
        {
            // EF stores GUIDs as upper-case text on SQLite; JSON payloads hold them in lower case.
            migrationBuilder.Sql(
                $"UPDATE outbox SET Name = '{stored.Name}', SubjectId = upper(json_extract(Payload, '$.{stored.SubjectProperty}')) " +
                $"WHERE Name LIKE '{stored.ClrName},%';");
        }

        migrationBuilder.CreateIndex(name: "IX_outbox_SubjectId_ProcessedAt_CreatedAt_Sequence", table: "outbox", columns: ["SubjectId", "ProcessedAt", "CreatedAt", "Sequence"]);
    }

    public static void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(name: "IX_outbox_SubjectId_ProcessedAt_CreatedAt_Sequence", table: "outbox");
        migrationBuilder.DropColumn(name: "Sequence", table: "outbox");
        migrationBuilder.DropColumn(name: "SubjectId", table: "outbox");
        migrationBuilder.DropColumn(name: "TraceId", table: "outbox");
        migrationBuilder.RenameColumn(name: "Name", table: "outbox", newName: "Type");
    }
}
