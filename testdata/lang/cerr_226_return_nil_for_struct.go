package main

type P struct{ X int }

func f() P {
	return nil
}

func main() { f() }
