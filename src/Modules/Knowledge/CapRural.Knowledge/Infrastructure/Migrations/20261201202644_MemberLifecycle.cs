using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CapRural.Knowledge.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class MemberLifecycle : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Amendments",
                table: "public_method_sheets",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<bool>(
                name: "ApplicationConsent",
                table: "members",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "Email",
                table: "members",
                type: "TEXT",
                maxLength: 300,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<bool>(
                name: "Erased",
                table: "members",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "HasProfile",
                table: "members",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<long>(
                name: "LeftAt",
                table: "members",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "OwnDirectoryChoice",
                table: "members",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "PublishAuthorName",
                table: "experience_reports",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "PublishedAuthor",
                table: "experience_reports",
                type: "TEXT",
                maxLength: 120,
                nullable: true);

            // Members known before: their consent was the application's, and they were all confirmed.
            migrationBuilder.Sql("UPDATE members SET ApplicationConsent = ListedInDirectory, HasProfile = 1;");

            // Reports accepted before were published under the author's name: record it, so an erasure removes it.
            migrationBuilder.Sql("UPDATE experience_reports SET PublishedAuthor = substr(AuthorName, 1, 120) " +
                "WHERE Status = 'Accepted' AND AuthorName <> '';");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Amendments",
                table: "public_method_sheets");

            migrationBuilder.DropColumn(
                name: "ApplicationConsent",
                table: "members");

            migrationBuilder.DropColumn(
                name: "Email",
                table: "members");

            migrationBuilder.DropColumn(
                name: "Erased",
                table: "members");

            migrationBuilder.DropColumn(
                name: "HasProfile",
                table: "members");

            migrationBuilder.DropColumn(
                name: "LeftAt",
                table: "members");

            migrationBuilder.DropColumn(
                name: "OwnDirectoryChoice",
                table: "members");

            migrationBuilder.DropColumn(
                name: "PublishAuthorName",
                table: "experience_reports");

            migrationBuilder.DropColumn(
                name: "PublishedAuthor",
                table: "experience_reports");
        }
    }
}
