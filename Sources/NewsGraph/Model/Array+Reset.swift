extension Array {
    /// Makes the array `count` copies of `value`, reusing its storage: cheaper, in a loop,
    /// than emptying it and appending a repeated value (which goes element by element).
    @inline(__always)
    mutating func reset(count: Int, to value: Element) {
        if self.count < count {
            append(contentsOf: repeatElement(value, count: count - self.count))
        } else if self.count > count {
            removeLast(self.count - count)
        }
        withUnsafeMutableBufferPointer { $0.update(repeating: value) }
    }
}
