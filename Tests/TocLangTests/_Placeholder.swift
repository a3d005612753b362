import XCTest

final class TocLangTestsPlaceholder: XCTestCase {}
