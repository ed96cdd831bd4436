package main

func main() {
	﻿
}
