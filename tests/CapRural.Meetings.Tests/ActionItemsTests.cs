using CapRural.Meetings.Domain;

namespace CapRural.Meetings.Tests;

public sealed class ActionItemsTests
{
    [Fact]
    public void Open_task_lines_are_actions_ticked_ones_and_other_lines_are_not()
    {
        var minutes = "# Compte rendu\r\n- [ ] Envoyer la carte\r\n- [x] Réserver la salle\r\n  + [ ]   Inviter la CAF  \n- [ ] Envoyer la carte\nTexte - [ ] au milieu\n- [ ]\n";

        Assert.Equal(["Envoyer la carte", "Inviter la CAF"], ActionItems.Open(minutes));
        Assert.Empty(ActionItems.Open(null));
    }

    [Fact]
    public void A_follow_up_item_fits_on_one_agenda_line()
    {
        var item = ActionItems.AgendaItem(new string('a', 600));

        Assert.Equal(Meeting.AgendaItemMax, item.Length);
        Assert.StartsWith("Suivi : ", item, StringComparison.Ordinal);
        Assert.EndsWith("…", item, StringComparison.Ordinal);
    }
}
