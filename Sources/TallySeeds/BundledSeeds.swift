/// The reports tally ships and loads when no file is named, compiled into the binary from the
/// repository's `seeds/` folder so they are found whatever the working directory.
public enum BundledSeeds {
    /// Each seed's file name and bytes. A test checks that every file in `seeds/` is listed here.
    public static let files: [(name: String, bytes: [UInt8])] = [
        ("anhui-minzheng-2022-01-22.txt", PackageResources.anhui_minzheng_2022_01_22_txt)
    ]
}
