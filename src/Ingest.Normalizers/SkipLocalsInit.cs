using System.Runtime.CompilerServices;

// The name folder and number scanner stackalloc a buffer per word; zeroing it first was a measurable part of their
// time, and every such buffer is written before it is read.
[module: SkipLocalsInit]
