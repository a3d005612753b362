import XCTest

final class TocModelTestsPlaceholder: XCTestCase {}
