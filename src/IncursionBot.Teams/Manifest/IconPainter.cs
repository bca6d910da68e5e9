using System.Globalization;

namespace IncursionBot.Teams.Manifest;

/// <summary>
/// Draws the app icons in code: a radar ring around an intruder's arrowhead. Teams wants a 192×192 colour icon
/// and a 32×32 outline icon that is white on transparent (manifest schema, <c>icons</c>).
/// </summary>
internal static class IconPainter
{
    public const int ColorSize = 192;
    public const int OutlineSize = 32;

    private const int Samples = 4;

    public static byte[] Color(string accentColor)
    {
        var (r, g, b) = ParseHex(accentColor);
        return Paint(ColorSize, (r, g, b));
    }

    public static byte[] Outline() => Paint(OutlineSize, background: null);

    private static byte[] Paint(int size, (byte R, byte G, byte B)? background)
    {
        var rgba = new byte[size * size * 4];
        for (var y = 0; y < size; y++)
        {
            for (var x = 0; x < size; x++)
            {
                var coverage = Coverage(x, y, size);
                var i = ((y * size) + x) * 4;
                if (background is { } bg)
                {
                    // White over the accent colour, blended by how much of the pixel the shape covers.
                    rgba[i] = Blend(bg.R, coverage);
                    rgba[i + 1] = Blend(bg.G, coverage);
                    rgba[i + 2] = Blend(bg.B, coverage);
                    rgba[i + 3] = 255;
                }
                else
                {
                    rgba[i] = rgba[i + 1] = rgba[i + 2] = 255;
                    rgba[i + 3] = (byte)Math.Round(coverage * 255);
                }
            }
        }

        return PngEncoder.Encode(size, size, rgba);
    }

    private static double Coverage(int x, int y, int size)
    {
        var inside = 0;
        for (var sy = 0; sy < Samples; sy++)
        {
            for (var sx = 0; sx < Samples; sx++)
            {
                var u = (((x + ((sx + 0.5) / Samples)) / size) * 2) - 1;
                var v = (((y + ((sy + 0.5) / Samples)) / size) * 2) - 1;
                inside += InShape(u, v) ? 1 : 0;
            }
        }

        return inside / (double)(Samples * Samples);
    }

    private static bool InShape(double u, double v)
    {
        var radius = Math.Sqrt((u * u) + (v * v));
        var ring = radius is >= 0.70 and <= 0.86;
        return ring || InArrowhead(u, v);
    }

    // An upward arrowhead with a notched tail: the intruder inside the ring.
    private static bool InArrowhead(double u, double v)
    {
        if (v is < -0.48 or > 0.36)
        {
            return false;
        }

        var distance = Math.Abs(u);
        var halfWidth = (v + 0.48) / 0.84 * 0.34;
        var notchHalfWidth = Math.Max(0, v - 0.12) / 0.24 * 0.17;
        return distance <= halfWidth && distance >= notchHalfWidth;
    }

    private static byte Blend(byte background, double white) => (byte)Math.Round((background * (1 - white)) + (255 * white));

    private static (byte R, byte G, byte B) ParseHex(string hex)
    {
        var digits = hex.TrimStart('#');
        var value = int.Parse(digits, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        return ((byte)(value >> 16), (byte)(value >> 8), (byte)value);
    }
}
