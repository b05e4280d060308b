using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Sahifa.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddWordPressImport : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ImportedItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    WordPressId = table.Column<long>(type: "bigint", nullable: false),
                    SahifaId = table.Column<int>(type: "integer", nullable: false),
                    FeaturedMediaId = table.Column<long>(type: "bigint", nullable: true),
                    ImportedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ArticleVersion = table.Column<int>(type: "integer", nullable: true),
                    Fingerprint = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImportedItems", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ImportedMedia",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    WordPressId = table.Column<long>(type: "bigint", nullable: false),
                    Url = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Caption = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    WordPressParentId = table.Column<long>(type: "bigint", nullable: true),
                    ArticleId = table.Column<int>(type: "integer", nullable: true),
                    ImportedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImportedMedia", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LegacyRedirects",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Path = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Target = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LegacyRedirects", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ImportedItems_Kind_SahifaId",
                table: "ImportedItems",
                columns: new[] { "Kind", "SahifaId" });

            migrationBuilder.CreateIndex(
                name: "IX_ImportedItems_Kind_WordPressId",
                table: "ImportedItems",
                columns: new[] { "Kind", "WordPressId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ImportedMedia_ArticleId",
                table: "ImportedMedia",
                column: "ArticleId");

            migrationBuilder.CreateIndex(
                name: "IX_ImportedMedia_WordPressId",
                table: "ImportedMedia",
                column: "WordPressId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LegacyRedirects_Path",
                table: "LegacyRedirects",
                column: "Path",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ImportedItems");

            migrationBuilder.DropTable(
                name: "ImportedMedia");

            migrationBuilder.DropTable(
                name: "LegacyRedirects");
        }
    }
}
