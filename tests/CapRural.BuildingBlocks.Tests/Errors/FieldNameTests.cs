using CapRural.BuildingBlocks.Errors;

namespace CapRural.BuildingBlocks.Tests.Errors;

/// <summary>Validation errors name fields the way the client wrote them in JSON.</summary>
public sealed class FieldNameTests
{
    [Theory]
    [InlineData("Topics[0]", "topics[0]")]
    [InlineData("Address.City", "address.city")]
    [InlineData("Email", "email")]
    [InlineData("Profile.FirstName", "profile.firstName")]
    [InlineData("page", "page")]
    public void A_property_path_is_reported_under_its_json_name(string propertyName, string expected)
    {
        Assert.Equal(expected, ProblemDetailsExceptionHandler.FieldName(propertyName));
    }
}
