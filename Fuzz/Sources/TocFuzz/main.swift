import CFuzzerDriver
import Foundation

// libFuzzer runs each input through every stage a plan from a stranger goes through (`FuzzPipeline`). A crash, a
// failed invariant (a trap) or an input slower than `-timeout` is a finding; each becomes a regression test
// (`Tests/Fixtures/fuzz/`, run by `FuzzRegressionTests`). Flags are libFuzzer's: see `scripts/fuzz.sh`.
var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzOneInput(data, size) })
