using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CapRural.Knowledge.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class Directory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "members",
                columns: table => new
                {
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CandidateId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CallId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 600, nullable: false),
                    Organisation = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Sector = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    DepartmentCode = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    EpciName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Topics = table.Column<string>(type: "TEXT", nullable: false),
                    TopicKeys = table.Column<string>(type: "TEXT", nullable: false),
                    ListedInDirectory = table.Column<bool>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_members", x => x.ApplicationId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_members_ListedInDirectory_Name",
                table: "members",
                columns: new[] { "ListedInDirectory", "Name" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "members");
        }
    }
}
