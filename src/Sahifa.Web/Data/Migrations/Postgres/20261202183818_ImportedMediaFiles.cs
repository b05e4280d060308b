using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sahifa.Web.Data.Migrations.Postgres
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
                type: "character varying(300)",
                maxLength: 300,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "MediaItemId",
                table: "ImportedMedia",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "UploadKey",
                table: "ImportedMedia",
                type: "character varying(400)",
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
