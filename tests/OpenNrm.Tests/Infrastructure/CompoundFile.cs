using System.Buffers.Binary;
using System.Text;

namespace OpenNrm.Tests.Infrastructure;

/// <summary>
/// Writes a small compound file (MS-CFB version 3: 512-byte sectors, one FAT sector, one directory sector), the
/// container Excel uses for a workbook encrypted with a password (streams "EncryptionInfo" and "EncryptedPackage",
/// MS-OFFCRYPTO) and for the old .xls format (stream "Workbook"). Each stream is padded to at least 4,096 bytes so
/// that it lives in ordinary sectors and no mini stream is needed.
/// </summary>
public static class CompoundFile
{
    private const int Sector = 512;
    private const uint EndOfChain = 0xFFFFFFFE;
    private const uint FatSector = 0xFFFFFFFD;
    private const uint Free = 0xFFFFFFFF;
    private const uint NoStream = 0xFFFFFFFF;

    /// <summary>At most three streams, whose names are given in the directory's sorting order (shorter names first).</summary>
    public static byte[] Build(params (string Name, byte[] Data)[] streams)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(streams.Length, 3);
        var padded = streams.Select(s => (s.Name, Data: s.Data.Concat(new byte[Math.Max(0, 4096 - s.Data.Length)]).ToArray())).ToList();
        var sectorsOf = padded.Select(s => (s.Data.Length + Sector - 1) / Sector).ToList();
        var fat = Enumerable.Repeat(Free, Sector / 4).ToArray();
        fat[0] = FatSector;
        fat[1] = EndOfChain;
        var starts = new List<uint>();
        var next = 2u;
        foreach (var count in sectorsOf)
        {
            starts.Add(next);
            for (var i = 0; i < count; i++)
            {
                fat[next + i] = i == count - 1 ? EndOfChain : (uint)(next + i + 1);
            }

            next += (uint)count;
        }

        var header = new byte[Sector];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(header, 0);
        BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(24), 0x003E);
        BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(26), 0x0003);
        BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(28), 0xFFFE);
        BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(30), 9);
        BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(32), 6);
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(44), 1);
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(48), 1);
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(56), 4096);
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(60), EndOfChain);
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(68), EndOfChain);
        for (var i = 0; i < 109; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(76 + (i * 4)), i == 0 ? 0 : Free);
        }

        var directory = new byte[Sector];
        Entry(directory, 0, "Root Entry", type: 5, child: padded.Count > 0 ? 1u : NoStream, right: NoStream, start: EndOfChain, size: 0);
        for (var i = 0; i < padded.Count; i++)
        {
            // A chain of right siblings in sorting order is a valid (if unbalanced) black tree.
            Entry(directory, i + 1, padded[i].Name, type: 2, child: NoStream, right: i + 1 < padded.Count ? (uint)(i + 2) : NoStream, start: starts[i],
                size: (uint)padded[i].Data.Length);
        }

        using var file = new MemoryStream();
        file.Write(header);
        file.Write(fat.SelectMany(BitConverter.GetBytes).ToArray());
        file.Write(directory);
        foreach (var (stream, count) in padded.Zip(sectorsOf))
        {
            file.Write(stream.Data);
            file.Write(new byte[(count * Sector) - stream.Data.Length]);
        }

        return file.ToArray();
    }

    private static void Entry(byte[] directory, int index, string name, byte type, uint child, uint right, uint start, uint size)
    {
        var entry = directory.AsSpan(index * 128, 128);
        var bytes = Encoding.Unicode.GetBytes(name);
        bytes.CopyTo(entry);
        BinaryPrimitives.WriteUInt16LittleEndian(entry[64..], (ushort)(bytes.Length + 2));
        entry[66] = type;
        entry[67] = 1;
        BinaryPrimitives.WriteUInt32LittleEndian(entry[68..], NoStream);
        BinaryPrimitives.WriteUInt32LittleEndian(entry[72..], right);
        BinaryPrimitives.WriteUInt32LittleEndian(entry[76..], child);
        BinaryPrimitives.WriteUInt32LittleEndian(entry[116..], start);
        BinaryPrimitives.WriteUInt32LittleEndian(entry[120..], size);
    }
}
