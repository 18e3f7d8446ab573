using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CapRural.Registration.Infrastructure.Migrations
{
    /// <summary>No schema change: the call's status becomes its concurrency token, in the model only.</summary>
    public partial class CallStatusGuard : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
