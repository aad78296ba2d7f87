using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace Ingest.Sources.Files;

/// <summary>
/// The type of a file system entry (regular file, directory, pipe, device, socket) without opening it. .NET exposes
/// no file type beyond "directory or not", and opening a named pipe blocks until a writer appears, so on Linux this
/// asks the kernel with <c>statx</c>, whose buffer layout is the same on every architecture.
/// </summary>
internal static partial class UnixFileKind
{
    private const int AtFdCwd = -100;
    private const uint StatxType = 0x1;
    private const int ModeOffset = 28;
    private const int TypeMask = 0xF000;
    private const int RegularFile = 0x8000;
    private const int Directory = 0x4000;
    private static bool s_unavailable;

    /// <summary>
    /// Whether <paramref name="path"/> (following links) is something other than a regular file or directory, with
    /// a name for it; <see langword="false"/> when it is regular, or when the platform cannot tell.
    /// </summary>
    public static bool IsSpecial(string path, out string kind)
    {
        kind = string.Empty;
        if (!OperatingSystem.IsLinux() || s_unavailable)
        {
            return false;
        }

        Span<byte> buffer = stackalloc byte[256];
        int result;
        try
        {
            result = Statx(AtFdCwd, path, 0, StatxType, ref MemoryMarshal.GetReference(buffer));
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            s_unavailable = true;
            return false;
        }

        if (result != 0)
        {
            // Missing or unreadable: opening reports that more precisely.
            return false;
        }

        var type = BinaryPrimitives.ReadUInt16LittleEndian(buffer[ModeOffset..]) & TypeMask;
        if (!BitConverter.IsLittleEndian)
        {
            type = BinaryPrimitives.ReadUInt16BigEndian(buffer[ModeOffset..]) & TypeMask;
        }

        kind = type switch
        {
            0x1000 => "a named pipe (FIFO)",
            0x2000 => "a character device",
            0x6000 => "a block device",
            0xC000 => "a socket",
            _ => "a special file",
        };
        return type is not RegularFile and not Directory;
    }

    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Statx(int directory, string path, int flags, uint mask, ref byte buffer);
}
