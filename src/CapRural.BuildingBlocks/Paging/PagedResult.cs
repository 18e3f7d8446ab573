using Microsoft.EntityFrameworkCore;

namespace CapRural.BuildingBlocks.Paging;

/// <summary>The one shape of every list answer: <c>{ items, page, pageSize, total }</c>.</summary>
public sealed record PagedResult<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total);

/// <summary>Page numbers start at 1; the page size defaults to 20 and is at most 100.</summary>
public sealed record PageRequest(int Page = 1, int PageSize = PageRequest.DefaultSize)
{
    public const int DefaultSize = 20;
    public const int MaxSize = 100;

    /// <summary>Far beyond any list here, and low enough that the offset never overflows.</summary>
    public const int MaxPage = 1_000_000;

    public int Skip => (int)Math.Min(int.MaxValue, ((long)Page - 1) * PageSize);
}

public static class PagingExtensions
{
    public static async Task<PagedResult<T>> ToPageAsync<T>(this IQueryable<T> query, PageRequest request, CancellationToken cancellationToken)
    {
        var total = await query.CountAsync(cancellationToken);
        var items = await query.Skip(request.Skip).Take(request.PageSize).ToListAsync(cancellationToken);
        return new PagedResult<T>(items, request.Page, request.PageSize, total);
    }
}
