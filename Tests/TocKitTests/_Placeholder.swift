import XCTest

final class TocKitTestsPlaceholder: XCTestCase {}
