using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CapRural.Knowledge.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class MemberTokens : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "public_method_sheets",
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                defaultValue: "MethodSheet");

            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "method_sheets",
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                defaultValue: "MethodSheet");

            migrationBuilder.CreateTable(
                name: "experience_reports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    GroupId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AuthorName = table.Column<string>(type: "TEXT", maxLength: 600, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 100000, nullable: false),
                    Themes = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    RejectionReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    SheetId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_experience_reports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "member_tokens",
                columns: table => new
                {
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    GroupId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TokenHash = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_member_tokens", x => x.MemberId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_experience_reports_ApplicationId",
                table: "experience_reports",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_experience_reports_Status_SubmittedAt",
                table: "experience_reports",
                columns: new[] { "Status", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_member_tokens_ApplicationId",
                table: "member_tokens",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_member_tokens_TokenHash",
                table: "member_tokens",
                column: "TokenHash",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "experience_reports");

            migrationBuilder.DropTable(
                name: "member_tokens");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "public_method_sheets");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "method_sheets");
        }
    }
}
