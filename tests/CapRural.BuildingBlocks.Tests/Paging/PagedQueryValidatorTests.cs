using CapRural.BuildingBlocks.Paging;

namespace CapRural.BuildingBlocks.Tests.Paging;

/// <summary>Every paged list refuses pages that cannot exist and oversized pages, naming the parameter.</summary>
public sealed class PagedQueryValidatorTests
{
    private static readonly ListNotes.Validator Validator = new();

    [Fact]
    public void The_default_page_is_accepted()
    {
        Assert.True(Validator.Validate(new ListNotes(new PageRequest())).IsValid);
    }

    [Theory]
    [InlineData(0, 20, "page")]
    [InlineData(-3, 20, "page")]
    [InlineData(1, 0, "pageSize")]
    [InlineData(1, PageRequest.MaxSize + 1, "pageSize")]
    public void An_impossible_page_is_refused_on_the_parameter_the_client_sent(int page, int pageSize, string field)
    {
        var result = Validator.Validate(new ListNotes(new PageRequest(page, pageSize)));

        var error = Assert.Single(result.Errors);
        Assert.Equal(field, error.PropertyName);
    }

    [Fact]
    public void The_largest_allowed_page_is_accepted()
    {
        Assert.True(Validator.Validate(new ListNotes(new PageRequest(7, PageRequest.MaxSize))).IsValid);
    }

    public sealed record ListNotes(PageRequest Paging) : IPagedQuery
    {
        public sealed class Validator : PagedQueryValidator<ListNotes>;
    }
}
