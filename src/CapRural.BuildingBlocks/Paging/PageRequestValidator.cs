using FluentValidation;

namespace CapRural.BuildingBlocks.Paging;

/// <summary>A query that answers one page of a list.</summary>
public interface IPagedQuery
{
    PageRequest Paging { get; }
}

/// <summary>Rules every paged query shares; a query's validator derives from it and adds its own.</summary>
public abstract class PagedQueryValidator<T> : AbstractValidator<T>
    where T : IPagedQuery
{
    protected PagedQueryValidator()
    {
        RuleFor(q => q.Paging.Page).InclusiveBetween(1, PageRequest.MaxPage).OverridePropertyName("page");
        RuleFor(q => q.Paging.PageSize).InclusiveBetween(1, PageRequest.MaxSize).OverridePropertyName("pageSize");
    }
}
