package main

func f(a int,