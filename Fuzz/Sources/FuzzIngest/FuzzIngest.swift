import NewsGraphFuzzing
import FuzzMain

/// libFuzzer's entry point: one input through `FuzzHarness.ingest`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzIngest(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    FuzzHarness.ingest(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}
