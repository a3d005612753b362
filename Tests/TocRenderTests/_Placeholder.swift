import XCTest

final class TocRenderTestsPlaceholder: XCTestCase {}
