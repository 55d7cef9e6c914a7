/// The reports tally ships, compiled into the binary from the repository's `seeds/` folder so they
/// are found whatever the working directory.
public enum BundledSeeds {
    /// Each default seed's file name and bytes: what tally loads when no file is named. A test
    /// checks that every file directly in `seeds/` is listed here.
    public static let files: [(name: String, bytes: [UInt8])] = [
        ("anhui-minzheng-2022-01-22.txt", PackageResources.anhui_minzheng_2022_01_22_txt)
    ]

    /// The six government work reports of 海拉尔区 (2012–2015, 2017, 2018; GB18030) in `seeds/hailar/`,
    /// a series across years. Never loaded by default: `tally --data seeds/hailar` loads the folder.
    public static let hailar: [(name: String, bytes: [UInt8])] = [
        ("seeds/hailar/2012.txt", PackageResources._012_txt),
        ("seeds/hailar/2013.txt", PackageResources._013_txt),
        ("seeds/hailar/2014.txt", PackageResources._014_txt),
        ("seeds/hailar/2015.txt", PackageResources._015_txt),
        ("seeds/hailar/2017.txt", PackageResources._017_txt),
        ("seeds/hailar/2018.txt", PackageResources._018_txt),
    ]
}
