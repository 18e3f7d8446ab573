using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using CapRural.Host;
using FluentValidation;
using FluentValidation.Internal;
using FluentValidation.Validators;
using Microsoft.Extensions.DependencyInjection;

namespace CapRural.Api.Tests.Answers;

/// <summary>Every message a person can read exists in French and in English (ADR 0007, ADR 0010).</summary>
public sealed partial class MessageLanguageTests
{
    [Fact]
    public void Every_validation_message_reads_differently_in_french_and_in_english()
    {
        var validators = Validators().ToList();
        Assert.True(validators.Count > 30, $"only {validators.Count} validators found");
        var checkedMessages = 0;
        var frenchOnly = new List<string>();
        foreach (var validator in validators)
        {
            foreach (var (property, component) in Components(validator, 0))
            {
                checkedMessages++;
                var french = In("fr", component.GetUnformattedErrorMessage);
                var english = In("en", component.GetUnformattedErrorMessage);
                if (french == english)
                {
                    frenchOnly.Add($"{validator.GetType().Name}.{property}: {french}");
                }
            }
        }

        Assert.True(checkedMessages > 100, $"only {checkedMessages} messages checked");
        Assert.True(frenchOnly.Count == 0, "messages in one language only:\n" + string.Join('\n', frenchOnly));
    }

    [Fact]
    public void Every_domain_error_and_hand_made_validation_failure_is_written_in_both_languages()
    {
        var source = SourceDirectory();
        var oneLanguage = new List<string>();
        foreach (var file in Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories)
                     .Where(f => !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/Migrations/", StringComparison.Ordinal)))
        {
            var text = File.ReadAllText(file);
            foreach (Match match in OneLanguageMessage().Matches(text))
            {
                var line = text[..match.Index].Count(c => c == '\n') + 1;
                oneLanguage.Add($"{Path.GetRelativePath(source, file)}:{line}: {match.Value.Trim()}");
            }
        }

        Assert.True(oneLanguage.Count == 0, "messages without Localized.Pick:\n" + string.Join('\n', oneLanguage));
    }

    private static IEnumerable<IValidator> Validators()
    {
        var services = new ServiceCollection()
            .AddSingleton(CapRural.Territories.Gazetteer.Default)
            .AddSingleton(TimeProvider.System)
            .BuildServiceProvider();
        var assemblies = ModuleCatalog.All.Select(m => m.GetType().Assembly).Append(typeof(CapRural.BuildingBlocks.Errors.Localized).Assembly).Distinct();
        return assemblies
            .SelectMany(a => a.GetTypes())
            .Where(t => t is { IsAbstract: false, IsGenericTypeDefinition: false } && typeof(IValidator).IsAssignableFrom(t))
            .Select(t => (IValidator)ActivatorUtilities.CreateInstance(services, t));
    }

    /// <summary>Every rule component that gives a message, child rules included.</summary>
    private static IEnumerable<(string Property, IRuleComponent Component)> Components(IValidator validator, int depth)
    {
        foreach (var rule in validator.CreateDescriptor().Rules)
        {
            foreach (var component in rule.Components)
            {
                // FluentValidation's own messages are translated too: every message must differ.
                if (component.Validator is not IChildValidatorAdaptor)
                {
                    yield return (rule.PropertyName ?? "(object)", component);
                }

                if (depth < 3 && component.Validator is IChildValidatorAdaptor && ChildOf(component.Validator) is { } child)
                {
                    foreach (var nested in Components(child, depth + 1))
                    {
                        yield return ($"{rule.PropertyName}.{nested.Property}", nested.Component);
                    }
                }
            }
        }
    }

    // ChildRules keeps its inline validator in a private field of the adaptor.
    private static IValidator? ChildOf(object adaptor) =>
        adaptor.GetType().GetFields(BindingFlags.Instance | BindingFlags.NonPublic)
            .Select(f => f.GetValue(adaptor))
            .OfType<IValidator>()
            .FirstOrDefault();

    private static string In(string culture, Func<string> message)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            return message();
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private static string SourceDirectory()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "CapRural.sln")))
        {
            directory = directory.Parent;
        }

        return Path.Combine(directory?.FullName ?? throw new InvalidOperationException("CapRural.sln not found above the test folder"), "src");
    }

    // A literal handed straight to an error a person reads: .WithMessage("…"), new ConflictException("…"),
    // new ValidationFailure("field", "…"), or either branch of a ternary inside those.
    [GeneratedRegex(@"(\.WithMessage\(\s*\$?""|new\s+(NotFound|Conflict|Forbidden|PreconditionFailed)Exception\(\s*(\$?""|[^;()]*\?\s*\$?"")|new\s+ValidationFailure\(\s*[^,()]+,\s*\$?"")")]
    private static partial Regex OneLanguageMessage();
}
