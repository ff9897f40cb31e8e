import NewsGraphFuzzing
import FuzzMain

/// libFuzzer's entry point: one input through `FuzzHarness.export`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzExport(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    FuzzHarness.export(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}
