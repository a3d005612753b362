import XCTest

final class TocGraphvizTestsPlaceholder: XCTestCase {}
