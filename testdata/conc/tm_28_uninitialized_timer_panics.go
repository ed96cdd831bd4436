package main

import (
	"fmt"
	"time"
)

func try(name string, f func()) {
	defer func() { fmt.Println(name, "->", recover()) }()
	f()
}

func main() {
	try("Timer.Stop zero", func() { var t time.Timer; t.Stop() })
	try("Timer.Reset zero", func() { var t time.Timer; t.Reset(time.Second) })
	try("Ticker.Reset zero", func() { var t time.Ticker; t.Reset(time.Second) })
	try("Ticker.Stop zero", func() { var t time.Ticker; t.Stop() })
	try("NewTicker neg", func() { time.NewTicker(-1) })
	try("Ticker.Reset neg", func() { t := time.NewTicker(time.Second); defer t.Stop(); t.Reset(0) })
}
