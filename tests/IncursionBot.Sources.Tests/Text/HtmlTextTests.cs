using IncursionBot.Sources.Text;

namespace IncursionBot.Sources.Tests.Text;

public sealed class HtmlTextTests
{
    [Theory]
    [InlineData("<p>One</p><p>Two</p>", "One\n\nTwo")]
    [InlineData("Line<br>next<br/>last", "Line\nnext\nlast")]
    [InlineData("<ul><li>a</li><li>b</li></ul>", "a\n\nb")]
    [InlineData("Tom &amp; Jerry&nbsp;&mdash; &#8220;quoted&#8221;", "Tom & Jerry — \u201cquoted\u201d")]
    [InlineData("<style>p{color:red}</style><script>alert(1)</script>Visible", "Visible")]
    [InlineData("&lt;b&gt;escaped twice&lt;/b&gt;", "<b>escaped twice</b>")]
    [InlineData("  plain   text  ", "plain text")]
    [InlineData("<p>  spaced \t out  </p>", "spaced out")]
    public void Converts_html_to_plain_text(string html, string expected)
    {
        Assert.Equal(expected, HtmlText.ToPlainText(html));
    }

    [Fact]
    public void Single_line_joins_paragraphs()
    {
        Assert.Equal("Drones over Aalborg airport", HtmlText.ToSingleLine("<p>Drones over</p>\n<p><em>Aalborg</em> airport</p>"));
    }
}
