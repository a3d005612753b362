import XCTest

final class TocDiagnosticsTestsPlaceholder: XCTestCase {}
