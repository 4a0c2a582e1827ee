namespace SellerConsole.Data;

/// <summary>
/// Folders only the service account may read: the data directory holds the database and the
/// Data Protection keys that decrypt the stored secrets (Linux has no DPAPI to wrap them).
/// </summary>
public static class PrivateDirectory
{
    public static DirectoryInfo Create(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return Directory.CreateDirectory(path);
        }
        var info = Directory.CreateDirectory(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        // CreateDirectory leaves an existing folder's mode alone; tighten it anyway.
        File.SetUnixFileMode(info.FullName, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return info;
    }
}
