using CapRural.BuildingBlocks.Contracts;
using CapRural.BuildingBlocks.Email;
using CapRural.BuildingBlocks.Outbox;
using CapRural.BuildingBlocks.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CapRural.BuildingBlocks.Tests.Outbox;

/// <summary>Messages know whom they are about: one subject's messages keep their order, and are erased together.</summary>
public sealed class SubjectOrderTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task A_later_message_about_a_subject_waits_while_an_earlier_one_fails_and_others_go_on()
    {
        await using var module = await ModuleHarness.StartAsync(_folder.Path);
        var submissionFails = true;
        module.OnPublish(notification => submissionFails && notification is NoteWritten { Title: "Candidature" }
            ? ValueTask.FromException(new InvalidOperationException("Sélection indisponible"))
            : ValueTask.CompletedTask);
        var person = Guid.NewGuid();
        await PublishAsync(module, person, "Candidature");
        await PublishAsync(module, person, "Retrait");
        await PublishAsync(module, Guid.NewGuid(), "Autre candidature");

        await module.ProcessDueAsync();
        Assert.Equal(["Candidature", "Autre candidature"], Titles(module));

        // While the submission waits for its retry, the withdrawal behind it is not even attempted.
        module.Clock.Advance(TimeSpan.FromMilliseconds(500));
        Assert.Equal(0, await module.ProcessDueAsync());

        submissionFails = false;
        module.Clock.Advance(TimeSpan.FromMinutes(1));
        await module.ProcessDueAsync();
        Assert.Equal(["Candidature", "Autre candidature", "Candidature", "Retrait"], Titles(module));
        Assert.All(await module.OutboxAsync(), m => Assert.NotNull(m.ProcessedAt));
    }

    [Fact]
    public async Task A_parked_message_holds_its_subject_until_it_is_sent_again()
    {
        await using var module = await ModuleHarness.StartAsync(_folder.Path);
        module.OnPublish(notification => notification is NoteWritten { Title: "Candidature" }
            ? ValueTask.FromException(new InvalidOperationException("Sélection indisponible"))
            : ValueTask.CompletedTask);
        var person = Guid.NewGuid();
        await PublishAsync(module, person, "Candidature");
        await PublishAsync(module, person, "Retrait");

        for (var attempt = 0; attempt < OutboxMessage.MaxAttempts; attempt++)
        {
            await module.ProcessDueAsync();
            module.Clock.Advance(TimeSpan.FromMinutes(11));
        }

        var messages = await module.OutboxAsync();
        Assert.NotNull(messages[0].ParkedAt);
        Assert.Null(messages[1].ProcessedAt);
        Assert.Equal(0, messages[1].Attempts);
        Assert.DoesNotContain("Retrait", Titles(module));
    }

    [Fact]
    public async Task Messages_raised_in_one_unit_of_work_under_a_frozen_clock_keep_the_order_they_were_raised_in()
    {
        await using var module = await ModuleHarness.StartAsync(_folder.Path);
        var person = Guid.NewGuid();
        var titles = Enumerable.Range(1, 30).Select(i => $"Étape {i}").ToList();
        await module.InScopeAsync(async db =>
        {
            foreach (var title in titles)
            {
                db.Publish(new NoteWritten(person, title, Sector.SocialAction));
            }

            await db.SaveChangesAsync();
        });

        await module.ProcessDueAsync();

        Assert.Equal(titles, Titles(module));
    }

    [Fact]
    public async Task Forgetting_a_subject_removes_its_messages_delivered_or_not_and_nobody_elses()
    {
        await using var module = await ModuleHarness.StartAsync(_folder.Path);
        var erased = Guid.NewGuid();
        var other = Guid.NewGuid();
        await PublishAsync(module, erased, "Candidature");
        await module.ProcessDueAsync();
        await PublishAsync(module, erased, "Correction");
        await QueueEmailAsync(module, erased, "camille.martin@example.org");
        // The other application carries the same address and even the erased id in its text: neither matters.
        await PublishAsync(module, other, $"Candidature de camille.martin@example.org, voir {erased}");
        await QueueEmailAsync(module, other, "camille.martin@example.org");

        await module.InScopeAsync(async db =>
        {
            await db.ForgetMessagesAboutAsync(erased, CancellationToken.None);
            await db.SaveChangesAsync();
        });

        var left = await module.OutboxAsync();
        Assert.Equal(2, left.Count);
        Assert.All(left, m => Assert.Equal(other, m.SubjectId));
    }

    [Fact]
    public async Task Rows_are_stored_under_their_stable_name_and_an_unknown_name_fails_instead_of_vanishing()
    {
        await using var module = await ModuleHarness.StartAsync(_folder.Path);
        await PublishAsync(module, Guid.NewGuid(), "Relevé");
        await QueueEmailAsync(module, null, "contact@example.org");
        var stored = await module.OutboxAsync();
        Assert.Equal(["test.note-written.v1", OutboxMessage.EmailName], stored.Select(m => m.Name));
        Assert.DoesNotContain("CapRural", stored[0].Payload, StringComparison.Ordinal);

        await module.InScopeAsync(db => db.Database.ExecuteSqlRawAsync("UPDATE outbox SET Name = 'test.note-renamed.v9' WHERE Kind = 'Event'"));
        await module.ProcessDueAsync();

        var renamed = (await module.OutboxAsync()).Single(m => m.Kind == OutboxKind.Event);
        Assert.Null(renamed.ProcessedAt);
        Assert.Contains("test.note-renamed.v9", renamed.LastError, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();

    private static List<string> Titles(ModuleHarness module) => module.PublishAttempts.Cast<NoteWritten>().Select(e => e.Title).ToList();

    private static Task PublishAsync(ModuleHarness module, Guid subject, string title) => module.InScopeAsync(async db =>
    {
        db.Publish(new NoteWritten(subject, title, Sector.LocalDevelopment));
        await db.SaveChangesAsync();
    });

    private static Task QueueEmailAsync(ModuleHarness module, Guid? subject, string to) => module.InScopeAsync(async db =>
    {
        db.QueueEmail(subject, new EmailMessage(to, "Accusé de réception", "Bonjour"));
        await db.SaveChangesAsync();
    });
}
