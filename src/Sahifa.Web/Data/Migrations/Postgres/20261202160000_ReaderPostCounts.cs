using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sahifa.Web.Data.Migrations.Postgres
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
                    ClientKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    WindowStart = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false)
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
