namespace DicomTyped.Generator.Model;

/// <summary>One line of the data dictionary.</summary>
/// <param name="Tag">The tag with mask digits zero.</param>
/// <param name="Mask">0xFFFFFFFF, or the bits that identify a repeating-group attribute (0xFF00FFFF for 60xx3000).</param>
/// <param name="Vr">PS3.6 VR text, several joined by '|', or NONE.</param>
/// <param name="Vm">PS3.6 value multiplicity.</param>
/// <param name="Keyword">PS3.6 keyword (a C# identifier).</param>
/// <param name="Name">Human-readable name.</param>
/// <param name="Retired">Whether PS3.6 marks it retired.</param>
internal sealed record DictionaryEntryModel(uint Tag, uint Mask, string Vr, string Vm, string Keyword, string Name, bool Retired)
{
    public bool IsRepeatingGroup => Mask != 0xFFFFFFFFu;

    /// <summary>The first VR, used where one VR must be chosen (query value types, record property types).</summary>
    public string PrimaryVr => Vr.Length >= 2 ? Vr.Substring(0, 2) : Vr;

    /// <summary>The tag as PS3.6 prints it, with x for mask digits: (60xx,3000).</summary>
    public string DisplayTag
    {
        get
        {
            var hex = Tag.ToString("X8");
            var chars = hex.ToCharArray();
            for (var i = 0; i < 8; i++)
            {
                if (((Mask >> ((7 - i) * 4)) & 0xF) == 0)
                {
                    chars[i] = 'x';
                }
            }
            var text = new string(chars);
            return "(" + text.Substring(0, 4) + "," + text.Substring(4, 4) + ")";
        }
    }
}
