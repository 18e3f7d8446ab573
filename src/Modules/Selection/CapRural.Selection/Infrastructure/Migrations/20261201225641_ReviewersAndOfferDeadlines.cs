using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CapRural.Selection.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class ReviewersAndOfferDeadlines : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "DecidedManually",
                table: "candidates",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<long>(
                name: "LapsedAt",
                table: "candidates",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Phone",
                table: "candidates",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ResponseDueAt",
                table: "candidates",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ClosesAt",
                table: "calls",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ConfirmationDays",
                table: "calls",
                type: "INTEGER",
                nullable: false,
                defaultValue: 10);

            migrationBuilder.AddColumn<DateOnly>(
                name: "FirstMeetingOn",
                table: "calls",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DecidedManually",
                table: "candidates");

            migrationBuilder.DropColumn(
                name: "LapsedAt",
                table: "candidates");

            migrationBuilder.DropColumn(
                name: "Phone",
                table: "candidates");

            migrationBuilder.DropColumn(
                name: "ResponseDueAt",
                table: "candidates");

            migrationBuilder.DropColumn(
                name: "ClosesAt",
                table: "calls");

            migrationBuilder.DropColumn(
                name: "ConfirmationDays",
                table: "calls");

            migrationBuilder.DropColumn(
                name: "FirstMeetingOn",
                table: "calls");
        }
    }
}
