module Main where

import qualified Data.Map as Map
import Data.List (sortBy, foldl')

-- | Count words in a text.
wordCounts :: String -> Map.Map String Int
wordCounts = foldl' step Map.empty . words
  where
    step m w = Map.insertWith (+) w 1 m

data Shape = Circle Double | Rect Double Double
  deriving (Show, Eq)

area :: Shape -> Double
area (Circle r) = pi * r ^ 2
area (Rect w h) = w * h

main :: IO ()
main = do
  let counts = wordCounts "the cat and the hat"
      total = sum (Map.elems counts)
  print (Map.toList counts)
  if total > 3 then putStrLn "many" else putStrLn 'x' `seq` return ()
  mapM_ (print . area) [Circle 1.5, Rect 2 3]
