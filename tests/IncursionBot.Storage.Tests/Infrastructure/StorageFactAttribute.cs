using Xunit.Abstractions;
using Xunit.Sdk;

namespace IncursionBot.Storage.Tests.Infrastructure;

/// <summary>
/// A fact of the shared storage contract. Declared once on the abstract base; when the concrete class is marked
/// <see cref="RequiresPostgresAttribute"/>, it is skipped exactly like <see cref="PgFactAttribute"/>.
/// </summary>
[XunitTestCaseDiscoverer("IncursionBot.Storage.Tests.Infrastructure.StorageFactDiscoverer", "IncursionBot.Storage.Tests")]
public sealed class StorageFactAttribute : FactAttribute;

/// <summary>Marks a concrete contract test class that runs against PostgreSQL.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RequiresPostgresAttribute : Attribute;

/// <summary>Finds <see cref="StorageFactAttribute"/> tests, skipping them on PostgreSQL classes when no server is configured.</summary>
public sealed class StorageFactDiscoverer(IMessageSink diagnosticMessageSink) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        var display = discoveryOptions.MethodDisplayOrDefault();
        var displayOptions = discoveryOptions.MethodDisplayOptionsOrDefault();
        var needsPostgres = testMethod.TestClass.Class.GetCustomAttributes(typeof(RequiresPostgresAttribute)).Any();
        if (needsPostgres && PgEnvironment.SkipReason is { } reason)
        {
            yield return new SkippedTestCase(diagnosticMessageSink, display, displayOptions, testMethod, reason);
            yield break;
        }

        yield return new XunitTestCase(diagnosticMessageSink, display, displayOptions, testMethod);
    }
}

/// <summary>A test case that reports a skip with a reason decided at discovery.</summary>
public sealed class SkippedTestCase : XunitTestCase
{
    private string _reason = string.Empty;

    [Obsolete("Called by the de-serializer", error: true)]
    public SkippedTestCase()
    {
    }

    public SkippedTestCase(IMessageSink sink, TestMethodDisplay display, TestMethodDisplayOptions options, ITestMethod testMethod, string reason)
        : base(sink, display, options, testMethod)
    {
        _reason = reason;
    }

    public override void Serialize(IXunitSerializationInfo data)
    {
        base.Serialize(data);
        data.AddValue("SkipReason", _reason);
    }

    public override void Deserialize(IXunitSerializationInfo data)
    {
        _reason = data.GetValue<string>("SkipReason");
        base.Deserialize(data);
    }

    protected override string GetSkipReason(IAttributeInfo factAttribute) => _reason;
}
