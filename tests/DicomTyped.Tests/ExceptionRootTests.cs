using System;
using System.Linq;
using DicomTyped.Http;
using Xunit;

namespace DicomTyped.Tests;

/// <summary>Every fault the data or a server can cause is one catch away (issue 7 §5).</summary>
public class ExceptionRootTests
{
    [Fact]
    public void Every_public_exception_of_the_library_derives_from_the_one_root()
    {
        var exceptionTypes = new[] { typeof(DicomTypedException).Assembly, typeof(DicomWebException).Assembly }
            .SelectMany(assembly => assembly.GetExportedTypes())
            .Where(type => typeof(Exception).IsAssignableFrom(type) && type != typeof(DicomTypedException))
            .ToList();

        Assert.NotEmpty(exceptionTypes);
        Assert.All(exceptionTypes, type => Assert.True(
            typeof(DicomTypedException).IsAssignableFrom(type),
            $"{type.FullName} does not derive from DicomTypedException"));
    }

    [Fact]
    public void The_root_is_abstract_so_every_throw_names_its_kind() =>
        Assert.True(typeof(DicomTypedException).IsAbstract);
}
