using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CapRural.Selection.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class CallCriteria : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "GroupSize",
                table: "calls",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "calls",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            // Criteria were bare keys (always the defaults); they become { key, label } with the French labels.
            migrationBuilder.Sql("""
                UPDATE calls SET Criteria = (
                    SELECT json_group_array(json_object('key', value, 'label', CASE value
                        WHEN 'motivation' THEN 'Motivation'
                        WHEN 'experience' THEN 'Expérience en lien avec le thème'
                        WHEN 'contribution' THEN 'Capacité à partager et à contribuer'
                        WHEN 'territorialAnchoring' THEN 'Ancrage territorial rural'
                        ELSE value END))
                    FROM json_each(calls.Criteria))
                WHERE json_type(Criteria, '$[0]') = 'text';
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                UPDATE calls SET Criteria = (SELECT json_group_array(json_extract(value, '$.key')) FROM json_each(calls.Criteria))
                WHERE json_type(Criteria, '$[0]') = 'object';
                """);

            migrationBuilder.DropColumn(
                name: "GroupSize",
                table: "calls");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "calls");
        }
    }
}
