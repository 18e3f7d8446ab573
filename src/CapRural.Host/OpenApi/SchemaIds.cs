namespace CapRural.Host.OpenApi;

/// <summary>
/// Schema names that generated clients turn into class names: the type's own name, generics spelled
/// out (<c>PagedResultOfCandidateItem</c>), never a namespace, an assembly version or an anonymous type.
/// </summary>
internal static class SchemaIds
{
    public static string For(Type type)
    {
        if (type.IsConstructedGenericType)
        {
            var name = type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)];
            return name + "Of" + string.Join("And", type.GetGenericArguments().Select(For));
        }

        if (type.Name.Contains("AnonymousType", StringComparison.Ordinal))
        {
            // An anonymous answer has no name a client could keep: give the endpoint a named record.
            throw new InvalidOperationException($"An endpoint answers with an anonymous type ({type}); declare a named record instead.");
        }

        return type.IsArray ? "ArrayOf" + For(type.GetElementType()!) : type.Name;
    }
}
