using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Layanan.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class SlaClocksAndNotifications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "CompletionClock_Cycle",
                table: "Requests",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<long>(
                name: "CompletionClock_DueAt",
                table: "Requests",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "CompletionClock_DueSoonAt",
                table: "Requests",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CompletionClock_NextLevel",
                table: "Requests",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "CompletionClock_NextLevelAt",
                table: "Requests",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "CompletionClock_PausedAt",
                table: "Requests",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CompletionClock_PausedDays",
                table: "Requests",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "CompletionClock_PausedMinutes",
                table: "Requests",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<long>(
                name: "CompletionClock_StartedAt",
                table: "Requests",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "CompletionClock_StoppedAt",
                table: "Requests",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CompletionClock_Target",
                table: "Requests",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "CompletionClock_Unit",
                table: "Requests",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<bool>(
                name: "NotifyByEmail",
                table: "Requests",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "NotifyByWhatsApp",
                table: "Requests",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "VerifyClock_Cycle",
                table: "Requests",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<long>(
                name: "VerifyClock_DueAt",
                table: "Requests",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "VerifyClock_DueSoonAt",
                table: "Requests",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "VerifyClock_NextLevel",
                table: "Requests",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "VerifyClock_NextLevelAt",
                table: "Requests",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "VerifyClock_PausedAt",
                table: "Requests",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "VerifyClock_PausedDays",
                table: "Requests",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "VerifyClock_PausedMinutes",
                table: "Requests",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<long>(
                name: "VerifyClock_StartedAt",
                table: "Requests",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "VerifyClock_StoppedAt",
                table: "Requests",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "VerifyClock_Target",
                table: "Requests",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "VerifyClock_Unit",
                table: "Requests",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<bool>(
                name: "NotifyOutsideOfficeHours",
                table: "AspNetUsers",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "Holidays",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Holidays", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "InAppNotifications",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    TrackingCode = table.Column<string>(type: "TEXT", maxLength: 14, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReadAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DeduplicationKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InAppNotifications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Outbox",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Channel = table.Column<int>(type: "INTEGER", nullable: false),
                    Recipient = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    RecipientUserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    TrackingCode = table.Column<string>(type: "TEXT", maxLength: 14, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    NotBefore = table.Column<long>(type: "INTEGER", nullable: false),
                    NextAttemptAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LockedUntil = table.Column<long>(type: "INTEGER", nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: true),
                    FailedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    DeduplicationKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Outbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SlaEscalations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Clock = table.Column<int>(type: "INTEGER", nullable: false),
                    Cycle = table.Column<int>(type: "INTEGER", nullable: false),
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SlaEscalations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SlaEscalations_Requests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "Requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Requests_CompletionClock_NextLevelAt",
                table: "Requests",
                column: "CompletionClock_NextLevelAt");

            migrationBuilder.CreateIndex(
                name: "IX_Requests_VerifyClock_NextLevelAt",
                table: "Requests",
                column: "VerifyClock_NextLevelAt");

            migrationBuilder.CreateIndex(
                name: "IX_Holidays_Date",
                table: "Holidays",
                column: "Date");

            migrationBuilder.CreateIndex(
                name: "IX_InAppNotifications_DeduplicationKey",
                table: "InAppNotifications",
                column: "DeduplicationKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InAppNotifications_UserId_ReadAt_Id",
                table: "InAppNotifications",
                columns: new[] { "UserId", "ReadAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Outbox_DeduplicationKey",
                table: "Outbox",
                column: "DeduplicationKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Outbox_SentAt_FailedAt_NextAttemptAt",
                table: "Outbox",
                columns: new[] { "SentAt", "FailedAt", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SlaEscalations_RequestId_Clock_Cycle_Level",
                table: "SlaEscalations",
                columns: new[] { "RequestId", "Clock", "Cycle", "Level" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Holidays");

            migrationBuilder.DropTable(
                name: "InAppNotifications");

            migrationBuilder.DropTable(
                name: "Outbox");

            migrationBuilder.DropTable(
                name: "SlaEscalations");

            migrationBuilder.DropIndex(
                name: "IX_Requests_CompletionClock_NextLevelAt",
                table: "Requests");

            migrationBuilder.DropIndex(
                name: "IX_Requests_VerifyClock_NextLevelAt",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "CompletionClock_Cycle",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "CompletionClock_DueAt",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "CompletionClock_DueSoonAt",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "CompletionClock_NextLevel",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "CompletionClock_NextLevelAt",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "CompletionClock_PausedAt",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "CompletionClock_PausedDays",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "CompletionClock_PausedMinutes",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "CompletionClock_StartedAt",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "CompletionClock_StoppedAt",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "CompletionClock_Target",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "CompletionClock_Unit",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "NotifyByEmail",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "NotifyByWhatsApp",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "VerifyClock_Cycle",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "VerifyClock_DueAt",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "VerifyClock_DueSoonAt",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "VerifyClock_NextLevel",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "VerifyClock_NextLevelAt",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "VerifyClock_PausedAt",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "VerifyClock_PausedDays",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "VerifyClock_PausedMinutes",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "VerifyClock_StartedAt",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "VerifyClock_StoppedAt",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "VerifyClock_Target",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "VerifyClock_Unit",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "NotifyOutsideOfficeHours",
                table: "AspNetUsers");
        }
    }
}
