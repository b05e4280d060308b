using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sahifa.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Editions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Everything written before editions existed is the Arabic edition's.
            migrationBuilder.DropIndex(
                name: "IX_Tags_Slug",
                table: "Tags");

            migrationBuilder.DropIndex(
                name: "IX_Sources_Slug",
                table: "Sources");

            migrationBuilder.DropIndex(
                name: "IX_Sections_Slug",
                table: "Sections");

            migrationBuilder.DropIndex(
                name: "IX_Authors_Slug",
                table: "Authors");

            migrationBuilder.AddColumn<string>(
                name: "Edition",
                table: "Tags",
                type: "TEXT",
                maxLength: 8,
                nullable: false,
                defaultValue: "ar");

            migrationBuilder.AddColumn<int>(
                name: "TranslationOfId",
                table: "Tags",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Edition",
                table: "Sources",
                type: "TEXT",
                maxLength: 8,
                nullable: false,
                defaultValue: "ar");

            migrationBuilder.AddColumn<string>(
                name: "Edition",
                table: "Sections",
                type: "TEXT",
                maxLength: 8,
                nullable: false,
                defaultValue: "ar");

            migrationBuilder.AddColumn<string>(
                name: "Edition",
                table: "Authors",
                type: "TEXT",
                maxLength: 8,
                nullable: false,
                defaultValue: "ar");

            migrationBuilder.AddColumn<string>(
                name: "Edition",
                table: "Articles",
                type: "TEXT",
                maxLength: 8,
                nullable: false,
                defaultValue: "ar");

            migrationBuilder.AddColumn<int>(
                name: "TranslationOfId",
                table: "Articles",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Tags_Edition_Slug",
                table: "Tags",
                columns: new[] { "Edition", "Slug" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Tags_TranslationOfId",
                table: "Tags",
                column: "TranslationOfId");

            migrationBuilder.CreateIndex(
                name: "IX_Sources_Edition_Slug",
                table: "Sources",
                columns: new[] { "Edition", "Slug" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Sections_Edition_Slug",
                table: "Sections",
                columns: new[] { "Edition", "Slug" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Authors_Edition_Slug",
                table: "Authors",
                columns: new[] { "Edition", "Slug" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Articles_Edition_Status_PublishedAt",
                table: "Articles",
                columns: new[] { "Edition", "Status", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Articles_TranslationOfId",
                table: "Articles",
                column: "TranslationOfId");

            migrationBuilder.AddForeignKey(
                name: "FK_Articles_Articles_TranslationOfId",
                table: "Articles",
                column: "TranslationOfId",
                principalTable: "Articles",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Tags_Tags_TranslationOfId",
                table: "Tags",
                column: "TranslationOfId",
                principalTable: "Tags",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Articles_Articles_TranslationOfId",
                table: "Articles");

            migrationBuilder.DropForeignKey(
                name: "FK_Tags_Tags_TranslationOfId",
                table: "Tags");

            migrationBuilder.DropIndex(
                name: "IX_Tags_Edition_Slug",
                table: "Tags");

            migrationBuilder.DropIndex(
                name: "IX_Tags_TranslationOfId",
                table: "Tags");

            migrationBuilder.DropIndex(
                name: "IX_Sources_Edition_Slug",
                table: "Sources");

            migrationBuilder.DropIndex(
                name: "IX_Sections_Edition_Slug",
                table: "Sections");

            migrationBuilder.DropIndex(
                name: "IX_Authors_Edition_Slug",
                table: "Authors");

            migrationBuilder.DropIndex(
                name: "IX_Articles_Edition_Status_PublishedAt",
                table: "Articles");

            migrationBuilder.DropIndex(
                name: "IX_Articles_TranslationOfId",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "Edition",
                table: "Tags");

            migrationBuilder.DropColumn(
                name: "TranslationOfId",
                table: "Tags");

            migrationBuilder.DropColumn(
                name: "Edition",
                table: "Sources");

            migrationBuilder.DropColumn(
                name: "Edition",
                table: "Sections");

            migrationBuilder.DropColumn(
                name: "Edition",
                table: "Authors");

            migrationBuilder.DropColumn(
                name: "Edition",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "TranslationOfId",
                table: "Articles");

            migrationBuilder.CreateIndex(
                name: "IX_Tags_Slug",
                table: "Tags",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Sources_Slug",
                table: "Sources",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Sections_Slug",
                table: "Sections",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Authors_Slug",
                table: "Authors",
                column: "Slug",
                unique: true);
        }
    }
}
