import XCTest

final class TocChecksTestsPlaceholder: XCTestCase {}
