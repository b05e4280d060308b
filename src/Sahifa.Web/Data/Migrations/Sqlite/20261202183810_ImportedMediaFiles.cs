using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sahifa.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ImportedMediaFiles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Alt",
                table: "ImportedMedia",
                type: "TEXT",
                maxLength: 300,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "MediaItemId",
                table: "ImportedMedia",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "UploadKey",
                table: "ImportedMedia",
                type: "TEXT",
                maxLength: 400,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_ImportedMedia_UploadKey",
                table: "ImportedMedia",
                column: "UploadKey");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ImportedMedia_UploadKey",
                table: "ImportedMedia");

            migrationBuilder.DropColumn(
                name: "Alt",
                table: "ImportedMedia");

            migrationBuilder.DropColumn(
                name: "MediaItemId",
                table: "ImportedMedia");

            migrationBuilder.DropColumn(
                name: "UploadKey",
                table: "ImportedMedia");
        }
    }
}
