using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sahifa.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ReaderPostCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ReaderPostCounts",
                columns: table => new
                {
                    ClientKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    WindowStart = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReaderPostCounts", x => new { x.ClientKey, x.WindowStart });
                });

            migrationBuilder.CreateIndex(
                name: "IX_ReaderPostCounts_WindowStart",
                table: "ReaderPostCounts",
                column: "WindowStart");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ReaderPostCounts");
        }
    }
}
